import { staffErrorTexts } from "@/lib/staff/errors";

/** The refusals named by a page's `?error=` codes, in the catalogue's words; nothing from the URL itself is shown. */
export function StaffAlerts({ error }: { error: string | string[] | undefined }) {
  return staffErrorTexts(error).map((text) => (
    <p key={text} role="alert" className="form-error">
      {text}
    </p>
  ));
}
