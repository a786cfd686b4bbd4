// Extension pages: people (with role) and organisations (with acronym), how often each is
// mentioned and how many quotes each gave; activating one marks its mentions in the body.
import type { Participant } from '../utils/extract/types';
import type { Translate } from '../utils/i18n';

interface Props {
  participants: readonly Participant[];
  t: Translate;
  onSelect: (index: number) => void;
}

export function ParticipantList({ participants, t, onSelect }: Props) {
  if (participants.length === 0) return <p class="jr-empty">{t('peopleEmpty')}</p>;
  const indexed = participants.map((p, i) => ({ p, i }));
  const groups = [
    { key: 'people', title: t('people'), items: indexed.filter((x) => x.p.kind === 'person') },
    {
      key: 'orgs',
      title: t('organizations'),
      items: indexed.filter((x) => x.p.kind === 'organization'),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <div class="jr-participants">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`jr-pg-${g.key}`}>
          <h2 id={`jr-pg-${g.key}`}>{g.title}</h2>
          <ul>
            {g.items.map(({ p, i }) => (
              <li key={`${p.kind}-${p.name}`}>
                <button
                  type="button"
                  class="jr-participant"
                  onClick={() => onSelect(i)}
                  aria-label={t('showMentions', p.name)}
                >
                  <span class="jr-pname">
                    {p.name}
                    {acronymOf(p) ? <abbr> ({acronymOf(p)})</abbr> : null}
                  </span>
                  {p.role ? <span class="jr-prole">{p.role}</span> : null}
                  <span class="jr-pcount">
                    {t('mentionCount', p.mentions.length)}
                    {p.quotes > 0 ? ` · ${t('quoteCount', p.quotes)}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** An organisation's acronym is the all-caps alias ("KPK" for Komisi Pemberantasan Korupsi). */
export function acronymOf(p: Participant): string | null {
  if (p.kind !== 'organization') return null;
  return (
    p.aliases.find(
      (a) => /^[A-Z][A-Za-z0-9-]{1,9}$/.test(a) && /[A-Z].*[A-Z]/.test(a) && a !== p.name,
    ) ?? null
  );
}
