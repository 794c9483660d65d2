import type { Messages } from "../../catalogue";

/**
 * İlgili kişi adına yapılan başvuru: Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında
 * Tebliğ md. 5(3) (ilgili kişi adına başvuruda özel yetkiyi gösteren belge); Kaliforniya için 11 CCR §7063.
 */
export const agentForm = {
  form: {
    toggle: "Bu başvuruyu başka biri adına yapıyorum",
    intro:
      "İlgili kişinin yetkili temsilcisi olarak yukarıya kendi adınızı ve e-posta adresinizi, aşağıya adına başvurduğunuz kişinin adını ve e-posta adresini yazın ve onun imzaladığı, özel yetkinizi gösteren belgeyi ekleyin. Size yetki verdiğini doğrudan onaylaması için kendisine e-posta göndeririz; o onaylayıp biz belgeyi incelemeden başvuru incelemeye alınmaz.",
    organisation: "Kurumunuz (isteğe bağlı)",
    consumerName: "Adı ve soyadı",
    consumerEmail: "E-posta adresi",
    consumerEmailHint: "Onaylaması için ona yazarız. Başvuruyla ilgili bildirimler ona gider; size alındı bildirimi gönderilir.",
    permission: "İmzalı yetki belgesi",
    permissionHint: (maxKb: number) => `Size verdiği imzalı yetki belgesinin (vekâletnamenin) PDF, JPEG veya PNG dosyası, en fazla ${maxKb} KB.`,
  },
  errors: {
    organisationTooLong: "Kurum adı en fazla 200 karakter olabilir.",
    organisationBadCharacter: "Kurum adında kabul edemediğimiz bir karakter var.",
    consumerNameRequired: "Adına başvurduğunuz kişinin adını ve soyadını yazın.",
    consumerNameTooLong: "Ad ve soyad en fazla 200 karakter olabilir.",
    consumerNameBadCharacter: "Ad ve soyadda kabul edemediğimiz bir karakter var.",
    consumerEmailRequired: "Adına başvurduğunuz kişinin e-posta adresini yazın.",
    consumerEmailInvalid: "E-posta adresini ad@ornek.com biçiminde yazın.",
    consumerEmailIsYours: "Sizin değil, onun kendi adresini yazın: doğrudan ondan onay isteriz.",
    permissionRequired: "Size verdiği imzalı yetki belgesini ekleyin.",
    permissionType: "Yetki belgesi PDF, JPEG veya PNG dosyası olmalıdır.",
    permissionTooLarge: (maxKb: number) => `Yetki belgesi dosyası en fazla ${maxKb} KB olabilir.`,
  },
  confirm: {
    title: "Bu başvuruyu yapması için birini yetkilendirdiniz mi?",
    body: (agent: string, portal: string, type: string) => `${agent}, sizin adınıza ${portal} veri sorumlusuna başvurdu: «${type}». Sizin imzaladığınızı söylediği bir yetki belgesi gönderdi.`,
    confirm: "Evet, bu yetkiyi verdim: başvuruyu gönder",
    ignore: "Bu yetkiyi vermediyseniz düğmeye basmayın: başvuru gönderilmez ve 7 gün içinde silinir.",
  },
  emails: {
    confirmation: {
      subject: (portal: string) => `${portal} veri sorumlusuna başvuru için birini yetkilendirdiniz mi?`,
      heading: "Yetki verdiğinizi onaylayın",
      intro: (agent: string, portal: string, type: string) => `${agent}, yetkili temsilciniz olarak ${portal} veri sorumlusuna başvurdu: «${type}». Ona yetki verdiğinizi doğrudan sizden teyit etmek istiyoruz.`,
      howTo: "Bağlantı, onay düğmesinin bulunduğu bir sayfa açar. Düğmeye bastığınızda ve biz yetki belgesini incelediğimizde başvuru incelemeye alınır.",
      button: "İncele ve onayla",
      expires: (hours: number) => `Bağlantı ${hours} saat geçerlidir.`,
      ignore: "Bu yetkiyi vermediyseniz bu e-postayı dikkate almayın: hiçbir işlem yapılmaz ve başvuru 7 gün içinde silinir.",
    },
    acknowledged: (portal: string) => `Yetkili temsilcinize izin verdiğinizi doğruladığınız için teşekkür ederiz. Temsilcinizin sizin adınıza yaptığı başvuru veri sorumlusu ${portal} tarafına iletildi.`,
    receipt: {
      subject: (portal: string) => `${portal} veri sorumlusuna başkası adına yaptığınız başvuru alındı`,
      heading: "Başvuru alındı",
      intro: (consumer: string, portal: string) => `${consumer} adına ${portal} veri sorumlusuna yaptığınız başvuruyu aldık.`,
      next: "Size yetki verdiğini onaylaması için kendisine yazdık ve gönderdiğiniz yetki belgesini inceleyeceğiz. Başvuruyla ilgili bildirimler ona gider.",
      reference: (reference: string) => `Başvuru numarası: ${reference}`,
    },
  },
} satisfies Messages["agentForm"];
