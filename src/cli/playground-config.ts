/** The demo people of .m365agentsplayground.yml, and the same config seen as another of them. */
import { normalizeText } from '../domain/customer-search';

export interface PlaygroundUser {
  id: string;
  name: string;
  email: string;
  [key: string]: unknown;
}

export interface PlaygroundConfig {
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  [key: string]: unknown;
}

/** The config of the demo with `who` as the current user (the others stay, as the Playground wants ≥ 5). */
export function configAs(config: PlaygroundConfig, who: string): PlaygroundConfig | null {
  const wanted = normalizeText(who);
  const everyone = [config.currentUser, ...config.users];
  const person = everyone.find(
    (u) =>
      normalizeText(u.email) === wanted ||
      normalizeText(u.name).split(' ').includes(wanted) ||
      normalizeText(u.name) === wanted,
  );
  if (!person) return null;
  return { ...config, currentUser: person, users: everyone.filter((u) => u !== person) };
}
