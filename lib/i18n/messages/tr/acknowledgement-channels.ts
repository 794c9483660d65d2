import type { Messages } from "../../catalogue";

export const acknowledgementChannels = {
  vouched: (portal: string) => `${portal}, kendi hizmeti üzerinden yaptığınız başvuruyu aldı ve aşağıdaki numarayla kaydetti.`,
} satisfies Messages["acknowledgementChannels"];
