/** What a requester reads when the proxy refuses a post before any page gets it (lib/http/request-refusal.ts). */
export const refusals = {
  formTooLarge: (maxMb: number, permissionKb: number) =>
    `The form you sent is too large: everything together can be at most ${maxMb} MB, and a signed permission at most ${permissionKb} KB. Go back, choose a smaller file and send the form again.`,
};
