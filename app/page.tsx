const regimes = [
  { name: "EU GDPR", rule: "one month, extendable by two more months" },
  { name: "UK GDPR", rule: "one month, extendable by two more months" },
  { name: "California CCPA/CPRA", rule: "45 days, extendable by 45 more" },
  { name: "Russia 152-FZ", rule: "working days, counted per right" },
  { name: "Turkey KVKK", rule: "30 days" },
  { name: "Brazil LGPD", rule: "15 days for full access" },
  { name: "Operator promises", rule: "N calendar or working days, as a policy states" },
];

export default function HomePage() {
  return (
    <main id="main" className="page">
      <header className="hero">
        <p className="eyebrow">Rightsdesk</p>
        <h1>A self-hosted portal for data-subject-rights requests</h1>
        <p className="lead">
          People ask a company to show, delete, correct, block or hand over the personal data it
          holds about them. Rightsdesk gives them a place to ask, and gives the company&rsquo;s
          privacy staff a way to answer on time and prove afterwards what they did.
        </p>
      </header>

      <section aria-labelledby="who-heading" className="cards">
        <h2 id="who-heading" className="visually-hidden">
          Who uses Rightsdesk
        </h2>
        <article className="card">
          <h3>For requesters</h3>
          <p>
            Pick a request type, prove you own your email address, follow the request&rsquo;s
            status and download your data when it is ready.
          </p>
        </article>
        <article className="card">
          <h3>For privacy staff</h3>
          <p>
            Work the queue: verify, ask for clarification, extend, record what was deleted and
            what was kept and why, then complete or reject &mdash; with every step in the audit
            log.
          </p>
        </article>
      </section>

      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Legal deadlines, explained</h2>
        <p>
          A deadline engine computes every due date from the legal regime, the request type, when
          the clock started, any pauses and any extension, and shows the steps of the computation
          in words.
        </p>
        <ul className="regimes">
          {regimes.map((regime) => (
            <li key={regime.name}>
              <strong>{regime.name}</strong>
              <span>{regime.rule}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
