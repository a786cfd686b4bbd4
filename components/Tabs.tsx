// Extension pages: an accessible tab list (WAI-ARIA tabs pattern): one tab stop, arrow keys,
// Home and End move between tabs, and the selected tab controls its panel.
import type { ComponentChildren } from 'preact';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  count?: number;
}

interface Props<K extends string> {
  tabs: readonly TabDef<K>[];
  selected: K;
  label: string;
  onSelect: (key: K) => void;
}

export function Tabs<K extends string>({ tabs, selected, label, onSelect }: Props<K>) {
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.key === selected);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const next = tabs[to];
    if (!next) return;
    e.preventDefault();
    onSelect(next.key);
    const list = (e.currentTarget as HTMLElement | null) ?? null;
    // Focus follows selection once the new tab is rendered as the tab stop.
    setTimeout(() => list?.querySelector<HTMLElement>(`#jr-tab-${next.key}`)?.focus(), 0);
  };
  return (
    <div class="jr-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          id={`jr-tab-${tab.key}`}
          type="button"
          role="tab"
          aria-selected={tab.key === selected}
          aria-controls={`jr-panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
          {tab.count ? <span class="jr-count"> {tab.count}</span> : null}
        </button>
      ))}
    </div>
  );
}

/** One tab's panel; kept mounted while hidden so the body keeps its marks and scroll. */
export function TabPanel<K extends string>(props: {
  tab: K;
  selected: K;
  children: ComponentChildren;
}) {
  return (
    <div
      class="jr-panel"
      role="tabpanel"
      id={`jr-panel-${props.tab}`}
      aria-labelledby={`jr-tab-${props.tab}`}
      hidden={props.tab !== props.selected}
    >
      {props.children}
    </div>
  );
}
