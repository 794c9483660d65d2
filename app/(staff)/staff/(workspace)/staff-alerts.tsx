import { staffErrorTexts } from "@/lib/staff/errors";
import { staffLanguage } from "@/lib/staff/language";

/** The refusals named by a page's `?error=` codes, in the catalogue's words in the member's language; nothing from the URL itself is shown. */
export async function StaffAlerts({ error }: { error: string | string[] | undefined }) {
  return staffErrorTexts(error, await staffLanguage()).map((text) => (
    <p key={text} role="alert" className="form-error">
      {text}
    </p>
  ));
}
