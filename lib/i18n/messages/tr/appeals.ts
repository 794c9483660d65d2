import type { Messages } from "../../catalogue";

export const appeals = {
  status: {
    heading: "Bu karara itiraz edin",
    body: (until: string) => `Başvurunuzla ilgili karara katılmıyorsanız kararın yeniden incelenmesini isteyebilirsiniz. ${until} tarihine kadar itiraz edebilirsiniz.`,
    groundsLabel: "Neye ve neden katılmıyorsunuz?",
    submit: "İtirazımı gönder",
    lodged: "İtirazınız gönderildi. Size gönderdiğimiz e-postada itirazın referans numarası ve takip bağlantısı yer alıyor.",
    notAllowed: "Bu karara artık itiraz edilemez.",
    empty: "Lütfen itirazı göndermeden önce neden katılmadığınızı yazın.",
    tooLong: "Gerekçeler en fazla 5.000 karakter olabilir.",
    badCharacter: "Gerekçelerinizde görünmeyen bir kontrol veya metin yönü karakteri var. Lütfen kopyalayıp yapıştırmadan yeniden yazın.",
    appealOf: "İtiraz edilen başvuru",
    appealedAs: "İtirazınız",
    mergedInto: "Bu başvuru şu başvuruyla birleştirildi",
  },
  complaint: {
    heading: "Karara katılmıyorsanız",
    supervisory: (authority: string) => `Veri koruma otoritesine (${authority}) şikâyette bulunma veya yargı yoluna başvurma hakkınız vardır.`,
    attorneyGeneral: (authority: string) => `Şikâyette bulunmak için şu makama başvurabilirsiniz: ${authority}.`,
    link: "Nasıl şikâyet edilir",
    phone: (phone: string) => `Telefon: ${phone}`,
  },
  events: {
    appeal_lodged: "Karara itiraz ettiniz",
    appealed: "İtiraz alındı",
    appeal_decided: "İtiraz karara bağlandı",
    duplicate_merged: "Önceki başvurunuzla birleştirildi",
  } as Record<string, string>,
  emails: {
    appealReceived: {
      subject: (portal: string, reference: string) => `${reference} numaralı itirazınız ${portal} tarafından alındı`,
      heading: "İtirazınız alındı",
      intro: (portal: string, original: string) => `${portal}, ${original} numaralı başvuru hakkındaki kararına yaptığınız itirazı aldı.`,
      deadline: (portal: string, date: string) => `${portal}, verdiği kararı ve gerekçesini size en geç ${date} tarihine kadar yazılı olarak bildirmek zorundadır.`,
    },
    appealDecision: {
      subject: (portal: string, reference: string) => `${portal}, ${reference} numaralı itirazınızı karara bağladı`,
      heading: "İtirazınız karara bağlandı",
      granted: (portal: string, original: string) => `${portal}, ${original} numaralı başvuru hakkındaki kararını yeniden inceledi ve lehinize değiştirdi.`,
      denied: (portal: string, original: string) => `${portal}, ${original} numaralı başvuru hakkındaki kararını yeniden inceledi ve kararını korudu.`,
      reasonsHeading: "Ne karar verildi ve neden",
      complaintHeading: "Hâlâ katılmıyorsanız",
    },
    duplicateMerged: {
      subject: (portal: string, reference: string) => `${reference} numaralı başvuru, veri sorumlusu ${portal} nezdindeki önceki başvurunuzla birleştirildi`,
      heading: "Başvurularınız birleştirildi",
      body: (later: string, earlier: string) => `${later} numaralı başvurunuz, önceki ${earlier} numaralı başvurunuzla aynı şeyi istiyor; bu nedenle iki başvuru birleştirildi.`,
      stands: (earlier: string, later: string) => `${earlier} numaralı başvuru geçerliliğini koruyor ve yanıtlanacak: durumunu takip sayfasından izleyebilirsiniz. ${later} numaralı başvuru kapatıldı ve bu başvuru için başka bir işlem yapılmayacak.`,
    },
  },
} satisfies Messages["appeals"];
