/**
 * A Date as a device in a zone `offsetMinutes` east of UTC sees it (process.env.TZ cannot be changed
 * reliably inside a test worker): the local getters and getTimezoneOffset follow that offset.
 */
export class ZonedDate extends Date {
  constructor(
    iso: string,
    private readonly offsetMinutes: number,
  ) {
    super(iso);
  }
  private wall() {
    return new Date(this.getTime() + this.offsetMinutes * 60_000);
  }
  override getTimezoneOffset() {
    return -this.offsetMinutes;
  }
  override getFullYear() {
    return this.wall().getUTCFullYear();
  }
  override getMonth() {
    return this.wall().getUTCMonth();
  }
  override getDate() {
    return this.wall().getUTCDate();
  }
  override getHours() {
    return this.wall().getUTCHours();
  }
  override getMinutes() {
    return this.wall().getUTCMinutes();
  }
  override getSeconds() {
    return this.wall().getUTCSeconds();
  }
}
