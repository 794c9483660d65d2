/**
 * The form a useActionState action was sent. From its page, Next calls such an
 * action with (state, form); a post that names the action by id alone (no
 * browser sends one, anyone can craft one) brings only the form, as the first
 * argument. Taken from there, the action answers it like any other form
 * instead of failing with a 500.
 */
export function actionForm(prev: unknown, formData: FormData | undefined): FormData {
  return formData ?? (prev instanceof FormData ? prev : new FormData());
}
