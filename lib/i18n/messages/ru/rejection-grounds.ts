import type { Messages } from "../../catalogue";

export const rejectionGrounds = {
  "identity-not-verified": "Не удалось подтвердить личность субъекта персональных данных",
  "no-data-held": "Оператор не осуществляет обработку персональных данных субъекта",
  "outside-jurisdiction": "Запрос не подпадает под действие закона, который применяет этот портал",
  duplicate: "Такой же запрос уже рассматривается",
  "manifestly-unfounded-or-excessive": "Запрос явно необоснован или чрезмерен",
  "unfounded-excessive-or-repetitive": "Запрос явно необоснован, чрезмерен или повторяется",
  "erasure-exception": "Закон требует или допускает хранение данных",
  "restricted-by-law": "Право ограничено законом",
  "repeated-request": "Повторный запрос направлен ранее срока, установленного частями 4 и 5 статьи 14 Федерального закона № 152-ФЗ",
  "processing-without-consent-allowed": "Закон допускает обработку без согласия субъекта персональных данных",
  "outside-kvkk-scope": "Обработка не подпадает под действие Закона KVKK",
  "kvkk-rights-excluded": "Закон KVKK исключает эти права для данной обработки",
  other: "Иное основание, указанное ниже",
} satisfies Messages["rejectionGrounds"];
