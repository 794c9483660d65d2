import type { Messages } from "../../catalogue";

export const rejectionGrounds = {
  "identity-not-verified": "İlgili kişinin kimliği doğrulanamadı",
  "no-data-held": "Veri sorumlusu, ilgili kişiye ait kişisel veri işlememektedir",
  "outside-jurisdiction": "Başvuru, bu portalın uyguladığı kanunun kapsamı dışındadır",
  duplicate: "Aynı başvuru hâlihazırda değerlendirilmektedir",
  "manifestly-unfounded-or-excessive": "Başvuru açıkça dayanaksız veya aşırıdır",
  "unfounded-excessive-or-repetitive": "Başvuru açıkça dayanaksız, aşırı veya tekrar niteliğindedir",
  "erasure-exception": "Kanun, verilerin saklanmasını gerektirmekte veya buna izin vermektedir",
  "restricted-by-law": "Hak, kanunla sınırlandırılmıştır",
  "repeated-request": "Tekrar başvurusu, kanunda belirlenen süreden önce yapılmıştır",
  "processing-without-consent-allowed": "Kanun, ilgili kişinin açık rızası olmaksızın işlemeye izin vermektedir",
  "outside-kvkk-scope": "İşleme faaliyeti Kanunun kapsamı dışındadır",
  "kvkk-rights-excluded": "Kanun, bu işleme faaliyeti bakımından ilgili kişinin haklarını istisna etmektedir",
  other: "Aşağıda belirtilen diğer gerekçe",
} satisfies Messages["rejectionGrounds"];
