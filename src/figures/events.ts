/** The "show me" event: prose asks a figure to take a state. A plain module, so prose scripts stay tiny. */
export const SHOW_EVENT = 'downhill:show';

export interface ShowDetail {
  readonly figure: string;
  readonly state: Readonly<Record<string, unknown>>;
}
