/** Site paths under the configured base (`/` or a sub-path such as `/downhill/`). */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An absolute path inside the site, e.g. url('lessons/loss/') → '/downhill/lessons/loss/'. */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const lessonPath = (slug: string): string => url(`lessons/${slug}/`);
export const figurePath = (id: string): string => url(`figures/${id}/`);
