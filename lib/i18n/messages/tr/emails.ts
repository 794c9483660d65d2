import type { Messages } from "../../catalogue";

// Names are never given a case suffix ("Acme'ye"): its form depends on how the
// name is pronounced, so the sentences are built around them instead.
export const emails = {
  layout: {
    linkFallback: "Düğme çalışmazsa bu bağlantıyı kopyalayıp tarayıcınızın adres çubuğuna yapıştırın:",
    footer: (portal: string) => `Bu e-postayı, adresiniz ${portal} için oluşturulan bir kişisel veri talebinde belirtildiği için aldınız.`,
  },
  verification: {
    subject: (portal: string) => `${portal} için e-posta adresinizi doğrulayın`,
    heading: "E-posta adresinizi doğrulayın",
    intro: (portal: string) => `${portal} için oluşturduğunuz talebi göndermek üzere lütfen e-posta adresinizi doğrulayın.`,
    howTo: "Bağlantı, onay düğmesinin bulunduğu bir sayfa açar. Talebiniz, düğmeye bastığınızda gönderilir.",
    button: "E-posta adresimi doğrula",
    expires: (hours: number) => `Bağlantı ${hours} saat geçerlidir.`,
    ignore: "Bu talebi siz oluşturmadıysanız bu e-postayı dikkate almayın; hiçbir işlem yapılmayacak.",
  },
  verificationReminder: {
    subject: (portal: string) => `Hatırlatma: ${portal} için talebiniz onay bekliyor`,
    heading: "Talebiniz onay bekliyor",
    intro: (portal: string) => `${portal} için oluşturduğunuz talep henüz gönderilmedi: e-posta adresinizi doğrulamanız gerekiyor.`,
    deletion: (days: number) => `Doğrulamazsanız talep, oluşturulmasından ${days} gün sonra silinecek.`,
    freshLink: "Yeni bağlantınız aşağıda. Bağlantı, onay düğmesinin bulunduğu bir sayfa açar.",
  },
  acknowledgement: {
    subject: (portal: string, reference: string) => `${reference} numaralı talebiniz alındı – ${portal}`,
    heading: "Talebiniz alındı",
    intro: (portal: string) => `E-posta adresinizi doğruladığınız için teşekkür ederiz. Talebiniz ${portal} tarafına iletildi.`,
    reference: "Talep numarası",
    type: "Talep",
    deadline: (portal: string, date: string) => `${portal}, talebinizi en geç ${date} tarihine kadar yanıtlamak zorundadır.`,
    nextHeading: "Bundan sonra ne olacak?",
    next: [
      "Kişisel verilerden sorumlu ekip talebinizi inceler.",
      "Ek bilgiye ihtiyaç duyulursa sizinle e-posta yoluyla iletişime geçilir.",
      "Talebinizin hangi aşamada olduğunu durum sayfasından izleyebilir, talebinizi oradan geri çekebilirsiniz.",
    ],
    button: "Talep durumunu görüntüle",
    keepLink: "Bu e-postayı saklayın: bağlantı sizi talebinizin durum sayfasına götürür.",
  },
  withdrawal: {
    subject: (reference: string) => `${reference} numaralı talebiniz geri çekildi`,
    heading: "Talebiniz geri çekildi",
    body: (portal: string, reference: string) => `${portal} için oluşturduğunuz ${reference} numaralı talep geri çekildi. Bu talep için başka bir işlem yapılmayacak.`,
    newRequest: "Fikrinizi değiştirirseniz istediğiniz zaman yeni bir talep gönderebilirsiniz.",
  },
} satisfies Messages["emails"];
