import type { Messages } from "../../catalogue";

export const inbound = {
  verification: {
    subject: (portal: string) => `${portal} e-postanızı aldı: lütfen e-postayı sizin gönderdiğinizi doğrulayın`,
    heading: "Bu başvuruyu sizin gönderdiğinizi doğrulayın",
    intro: (portal: string) =>
      `${portal}, e-postanızı aldı; bu adresin size ait olduğunu doğruladığınızda e-postanızı ilgili kişi başvurusu olarak değerlendirecek.`,
    howTo: "Bağlantı, onay düğmesinin bulunduğu bir sayfa açar. Düğmeye bastığınızda başvurunuz veri sorumlusunun başvuruları inceleyen ekibine iletilir.",
    ignore: "Bize yazmadıysanız bu e-postayı dikkate almayın; hiçbir işlem yapılmayacak ve başvuru silinecek.",
  },
} satisfies Messages["inbound"];
