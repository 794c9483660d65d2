/** Bad input to the engine, naming the field at fault so a form or the CLI can point at it. */
export class DeadlineInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "DeadlineInputError";
  }
}
