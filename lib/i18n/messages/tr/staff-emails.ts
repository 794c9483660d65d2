import { formatDay } from "../../format";
import type { Messages } from "../../catalogue";


export const staffEmails = {
  day: (date: string) => formatDay(date, "tr"),
  footer: "Bu e-postayı, Rightsdesk'te bir veri koruma ekibinin üyesi olduğunuz için alıyorsunuz.",
  openRequest: "Başvuruyu aç",
  facts: { reference: "Başvuru numarası", portal: "Portal", type: "Tür", due: "Son gün", refuseBy: "Yazılı ret için son gün", extendBy: "Uzatma için son gün" },
  deadlineReminder: {
    subject: (heading: string, portal: string) => `${heading} — ${portal}`,
    overdue: (due: string) => `Bu başvurunun son günü ${due} idi ve yanıtlanmadı. Yanıtlayın veya gecikmenin nedenini en kısa sürede kaydedin.`,
    due: (due: string) => `Bu başvuru en geç ${due} günü sonuna kadar yanıtlanmalıdır.`,
    why: {
      assignee: () => "Bu e-postayı, başvuru size atandığı için alıyorsunuz.",
      unassigned: (portal: string) => `Bu e-postayı, başvuruya kimse atanmadığı ve ${portal} portalında sorumlu veya yönetici olduğunuz için alıyorsunuz.`,
      escalation: (portal: string) => `Başvurunun süresi geçtiği ve ${portal} portalında yönetici olduğunuz için bu e-postanın bir kopyası size de gönderildi.`,
    },
  },
  extensionDecision: {
    subject: (by: string, reference: string, portal: string) => `Uzatma kararını ${by} tarihine kadar verin: ${reference} — ${portal}`,
    heading: (by: string) => `Uzatma kararını ${by} tarihine kadar verin`,
    intro: (reference: string, by: string) =>
      `${reference} başvurusunu yanıtlamak için sürenin üçte birinden azı kaldı. Daha fazla zaman gerekiyorsa süreyi uzatın ve gerekçesini yazın: ilgili kişiye ${by} tarihine kadar bildirilmelidir.`,
    after: (by: string, due: string) => `${by} tarihinden sonra süre artık uzatılamaz ve başvurunun son günü ${due} olur.`,
  },
  digest: {
    subject: (overdue: string, dueThisWeek: string) => `Rightsdesk özeti: ${overdue} geciken başvuru, size atanmış ve bu hafta süresi dolan ${dueThisWeek} başvuru`,
    heading: "Bugünkü başvurularınız",
    overdue: "Portallarınızda gecikenler",
    dueThisWeek: "Size atanmış, 7 gün içinde süresi dolanlar",
    more: "Listeler kısaltıldı; gerisi kuyrukta.",
    openQueue: "Kuyruğu aç",
  },
  signIn: {
    subject: "Rightsdesk'e giriş",
    intro: "Veri koruma ekibinin çalışma alanına girmek için bağlantıyı açın ve düğmeye basın.",
    button: "Giriş yap",
    expires: (minutes: number) => `Bağlantı bir kez ve ${minutes} dakika geçerlidir.`,
    ignore: "Giriş istemediyseniz bu e-postayı dikkate almayın: bağlantı olmadan kimse giriş yapamaz.",
  },
  lockout: {
    subject: "Başarısız denemelerden sonra parolayla giriş duraklatıldı",
    heading: "Birisi hesabınız için yanlış parola girdi",
    what: (failures: number, email: string, until: string) =>
      `Kısa sürede ${email} için yanlış parolayla ${failures} giriş denemesi yapıldı; bu yüzden bu adres için parolayla giriş ${until} saatine kadar duraklatıldı. Sonraki her duraklatma daha uzun sürer.`,
    ifYou: "Deneyen sizseniz o zamana kadar bekleyin veya bu adrese gönderilen bir bağlantıyla giriş yapın; bu yol çalışmaya devam eder.",
    button: "E-postayla gelen bağlantıyla giriş yap",
    ifNotYou: "Deneyen siz değilseniz birisi parolanızı tahmin etmeye çalışıyor olabilir: Rightsdesk yöneticinize haber verin ve bu parolayı başka hiçbir yerde kullanmayın.",
  },
  invitation: {
    subject: (portal: string) => `Rightsdesk'te ${portal} ekibine eklendiniz`,
    heading: (portal: string) => `${portal} veri koruma ekibine katılın`,
    added: {
      viewer: (by: string, portal: string) => `${by}, sizi ${portal} portalının ilgili kişi başvuruları çalışma alanına izleyici olarak ekledi.`,
      agent: (by: string, portal: string) => `${by}, sizi ${portal} portalının ilgili kişi başvuruları çalışma alanına sorumlu olarak ekledi.`,
      admin: (by: string, portal: string) => `${by}, sizi ${portal} portalının ilgili kişi başvuruları çalışma alanına yönetici olarak ekledi.`,
    },
    work: {
      viewer: "İzleyici olarak her başvuruyu, saklama sicilini ve denetim kaydını okuyabilir ve dışa aktarabilirsiniz; hiçbir şeyi değiştiremezsiniz.",
      agent: "Sorumlu olarak başvuru kuyruğunda çalışırsınız: başvuruları doğrular, yanıtlar, sonuçlandırır veya reddeder, neyin silindiğini veya saklandığını kaydedersiniz.",
      admin: "Yönetici olarak portalı da yapılandırırsınız: başvuru türleri, süreler, saklama kataloğu ve personel.",
    },
    button: "Giriş yap",
    how: "Bu e-posta adresiyle giriş yapın: size giriş yapmanızı sağlayan bir bağlantı göndereceğiz.",
    unexpected: (by: string) => `Bunu beklemiyorduysanız ${by} ile görüşün veya bu e-postayı dikkate almayın: bu posta kutusuna erişimi olmayan kimse sizin adınıza giriş yapamaz.`,
    anAdmin: "Bir yönetici",
  },
  webhookDisabled: {
    subject: (portal: string) => `${portal} webhook uç noktası devre dışı bırakıldı`,
    heading: "Bir webhook uç noktası olayları almayı durdurdu",
    intro: (portal: string) => `Rightsdesk, ${portal} portalının bir webhook uç noktasına olayları teslim edemedi ve ona göndermeyi durdurdu.`,
    endpoint: "Uç nokta",
    reason: "Neden",
    missed: "Onu bekleyen olaylar teslim edilmedi. Alıcı yeniden çalıştığında uç noktayı etkinleştirin ve kaçırdığı olayları teslimat kaydından yeniden gönderin.",
    button: "Webhook sayfasını aç",
  },
  retention: {
    subject: (reference: string, category: string) => `İmha zamanı: ${reference}, ${category}`,
    heading: "Bir saklama süresi doldu",
    ended: (category: string, reference: string, basis: string, date: string) => `${reference} başvurusundaki «${category}» kategorisinin «${basis}» dayanağıyla saklama süresi ${date} tarihinde doldu.`,
    purge: "Verileri imha edin ve sicilde onaylayın. İmha onaylanana kadar bu hatırlatma her hafta gelir.",
    facts: { portal: "Portal", request: "Başvuru", category: "Veri kategorisi", keptUnder: "Saklama dayanağı", keptUntil: "Saklama bitiş tarihi" },
    button: "Saklama sicilini aç",
  },
} satisfies Messages["staffEmails"];
