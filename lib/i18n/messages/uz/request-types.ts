import type { Messages } from "../../catalogue";

export const requestTypes = {
  access: { label: "Maʼlumotlarimni koʻrish", description: "Siz haqingizdagi shaxsga doir maʼlumotlarni va ularga qanday ishlov berilayotgani haqidagi axborotni olish." },
  deletion: { label: "Maʼlumotlarimni yoʻq qilish", description: "Hisob qaydnomangiz va shaxsga doir maʼlumotlaringizni yoʻq qilish (qonunga koʻra saqlanishi shart boʻlganlaridan tashqari)." },
  correction: { label: "Maʼlumotlarimni tuzatish", description: "Notoʻgʻri yoki toʻliq boʻlmagan shaxsga doir maʼlumotlarni tuzatish." },
  restriction: { label: "Ishlov berishni vaqtincha toʻxtatish", description: "Masala hal boʻlguncha shaxsga doir maʼlumotlaringizga ishlov berishni vaqtincha toʻxtatish: ular saqlanadi, lekin ulardan foydalanilmaydi." },
  objection: { label: "Ishlov berishga eʼtiroz bildirish", description: "Operatordan shaxsga doir maʼlumotlaringizga muayyan tarzda ishlov berishni toʻxtatishni talab qilish." },
  portability: { label: "Maʼlumotlarimni fayl sifatida olish", description: "Shaxsga doir maʼlumotlaringizni boshqa xizmatga koʻchirish uchun mashinada oʻqiladigan faylda olish." },
  "consent-withdrawal": { label: "Roziligimni chaqirib olish", description: "Shaxsga doir maʼlumotlarga ishlov berishga bergan roziligingizni chaqirib olish, shunda unga asoslangan ishlov berish toʻxtatiladi." },
  "stop-processing": { label: "Maʼlumotlarimga ishlov berishni toʻxtatish", description: "Shaxsga doir maʼlumotlaringizga har qanday ishlov berishni toʻxtatishni talab qilish." },
  "notify-recipients": { label: "Uchinchi shaxslarni tuzatish yoki yoʻq qilish haqida xabardor qilish", description: "Shaxsga doir maʼlumotlaringiz uzatilgan uchinchi shaxslarga ular tuzatilgani yoki yoʻq qilingani haqida xabar berilishini talab qilish." },
  appeal: { label: "Qarorga shikoyat qilish", description: "Operatordan avvalgi soʻrovingiz boʻyicha qabul qilgan qarorini qayta koʻrib chiqishni soʻrash." },
} satisfies Messages["requestTypes"];
