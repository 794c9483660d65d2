import type { Messages } from "../../catalogue";

export const requestTypes = {
  access: { label: "Verilerimi görmek", description: "Hakkınızda tutulan kişisel verilerin bir kopyasını ve nasıl kullanıldığını öğrenin." },
  deletion: { label: "Verilerimi silmek", description: "Hesabınızın ve kişisel verilerinizin, kanunen saklanması gerekenler dışında silinmesini isteyin." },
  correction: { label: "Verilerimi düzeltmek", description: "Yanlış veya eksik kişisel verilerin düzeltilmesini isteyin." },
  restriction: { label: "Verilerimi kısıtlamak", description: "Bir sorun çözülene kadar verileriniz saklansın ama kullanılmasın." },
  objection: { label: "İşlemeye itiraz etmek", description: "Verilerinizin belirli bir şekilde kullanılmasının durdurulmasını isteyin." },
  portability: { label: "Verilerimi başka yere taşımak", description: "Verilerinizi başka bir hizmete taşıyabileceğiniz makinece okunabilir bir dosyada alın." },
  "consent-withdrawal": { label: "Rızamı geri almak", description: "Verdiğiniz açık rızayı geri alın; ona dayanan işleme dursun." },
  "stop-processing": { label: "İşlemeyi durdurmak", description: "Kişisel verilerinizin her türlü işlenmesinin durdurulmasını talep edin." },
  "notify-recipients": { label: "Düzeltme veya silmenin üçüncü kişilere bildirilmesi", description: "Düzeltilen, silinen veya yok edilen kişisel verilerinizin aktarıldığı üçüncü kişilere bu işlemlerin bildirilmesini isteyin." },
  appeal: { label: "Karara itiraz etmek", description: "Önceki başvurunuz hakkında verilen kararın yeniden değerlendirilmesini isteyin." },
} satisfies Messages["requestTypes"];
