import type { Messages } from "../../catalogue";

export const requestTypes = {
  access: { label: "Verilerim hakkında bilgi almak", description: "Kişisel verilerinizin işlenip işlenmediğini, hangi amaçla işlendiğini ve kimlere aktarıldığını öğrenin; işlenen verilerinizin bir kopyasını alın." },
  deletion: { label: "Verilerimi silmek", description: "Hesabınızın ve kişisel verilerinizin, kanunen saklanması gerekenler dışında silinmesini isteyin." },
  correction: { label: "Verilerimi düzeltmek", description: "Yanlış veya eksik kişisel verilerin düzeltilmesini isteyin." },
  restriction: { label: "Verilerimi kısıtlamak", description: "Bir sorun çözülene kadar verilerinizin saklanmasını ama işlenmemesini isteyin." },
  objection: { label: "İşlemeye itiraz etmek", description: "Kişisel verilerinizin belirli bir şekilde işlenmesinin durdurulmasını isteyin." },
  portability: { label: "Verilerimi başka yere taşımak", description: "Kişisel verilerinizi başka bir hizmete taşıyabileceğiniz, makinece okunabilir bir dosyada alın." },
  "consent-withdrawal": { label: "Açık rızamı geri almak", description: "Verdiğiniz açık rızayı geri alarak bu rızaya dayanan işlemenin durdurulmasını isteyin." },
  "stop-processing": { label: "İşlemeyi durdurmak", description: "Kişisel verilerinizin her türlü işlenmesinin durdurulmasını isteyin." },
  "notify-recipients": { label: "Düzeltme veya silmeyi üçüncü kişilere bildirtmek", description: "Düzeltilen, silinen veya yok edilen kişisel verilerinizin aktarıldığı üçüncü kişilere bu işlemlerin bildirilmesini isteyin." },
  appeal: { label: "Karara itiraz etmek", description: "Önceki başvurunuz hakkında verilen kararın yeniden değerlendirilmesini isteyin." },
} satisfies Messages["requestTypes"];
