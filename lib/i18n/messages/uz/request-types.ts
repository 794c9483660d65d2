import type { Messages } from "../../catalogue";

export const requestTypes = {
  access: { label: "Maʼlumotlarimni koʻrish", description: "Siz haqingizdagi shaxsiy maʼlumotlar va ulardan qanday foydalanilishi haqida nusxa olish." },
  deletion: { label: "Maʼlumotlarimni oʻchirish", description: "Hisob qaydnomangiz va shaxsiy maʼlumotlaringizni oʻchirish, qonun saqlashni talab qiladiganlaridan tashqari." },
  correction: { label: "Maʼlumotlarimni tuzatish", description: "Notoʻgʻri yoki toʻliq boʻlmagan shaxsiy maʼlumotlarni tuzatish." },
  restriction: { label: "Maʼlumotlarimni bloklash", description: "Masala hal boʻlguncha maʼlumotlaringiz saqlanadi, lekin ishlatilmaydi." },
  objection: { label: "Qayta ishlashga eʼtiroz", description: "Operatordan maʼlumotlaringizdan maʼlum bir tarzda foydalanishni toʻxtatishni soʻrash." },
  portability: { label: "Maʼlumotlarimni fayl sifatida olish", description: "Maʼlumotlaringizni boshqa xizmatga koʻchirish uchun mashinada oʻqiladigan faylda olish." },
  "consent-withdrawal": { label: "Roziligimni qaytarib olish", description: "Bergan roziligingizni qaytarib olish, shunda unga asoslangan qayta ishlash toʻxtaydi." },
  "stop-processing": { label: "Qayta ishlashni toʻxtatish", description: "Shaxsiy maʼlumotlaringizni har qanday qayta ishlashni toʻxtatishni talab qilish." },
  "notify-recipients": { label: "Uchinchi shaxslarni tuzatish yoki oʻchirish haqida xabardor qilish", description: "Maʼlumotlaringiz uzatilgan uchinchi shaxslarga ular tuzatilgani yoki oʻchirilgani haqida xabar berilishini talab qilish." },
  appeal: { label: "Qarorga shikoyat qilish", description: "Operatordan avvalgi soʻrovingiz boʻyicha qabul qilgan qarorini qayta koʻrib chiqishni soʻrash." },
} satisfies Messages["requestTypes"];
