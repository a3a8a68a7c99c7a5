export function pages(dir?: string): string[];
