export default function CheckEmailPage() {
  return (
    <main id="main" className="staff-narrow">
      <h1>Check your email</h1>
      <p className="lead">If that address belongs to a staff member, a sign-in link is on its way. It works once, for 15 minutes.</p>
      <p>Only a few links are sent to one address in a short time: if none arrives, use the newest one you already have, or wait a quarter of an hour before asking again.</p>
    </main>
  );
}
