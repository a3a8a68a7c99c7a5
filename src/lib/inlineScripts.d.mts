export const THEME_SCRIPT: string;
export const HIDE_SCRIPT: string;
