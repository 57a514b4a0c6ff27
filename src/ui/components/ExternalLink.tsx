import type { ComponentChildren } from 'preact';
import type { Translate } from '../i18n';
import { safeHref } from '../format';

/** A source link: only http(s) URLs become links, and they open in a new tab without an opener. */
export function ExternalLink(props: {
  url: string;
  t: Translate;
  testId?: string;
  children: ComponentChildren;
}) {
  const href = safeHref(props.url);
  if (!href) return <span class="link-disabled">{props.children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={props.testId}>
      {props.children}
      <span class="visually-hidden"> {props.t('cardOpensNewTab')}</span>
    </a>
  );
}
