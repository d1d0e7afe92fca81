import type { ReactNode } from 'react';

type Kind = 'info' | 'warning' | 'illustrative';

const STYLES: Record<Kind, string> = {
  info: 'border-link bg-white',
  warning: 'border-warning bg-white',
  illustrative: 'border-ink bg-focus',
};

/**
 * A notice that screen readers announce when it appears (a polite live region): what in a link was
 * ignored, that figures are illustrative, that a period is incomplete.
 */
export function Notice({
  kind = 'info',
  title,
  children,
  live = true,
}: {
  kind?: Kind;
  title: string;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div role={live ? 'status' : undefined} className={`border-l-[6px] p-4 ${STYLES[kind]}`}>
      <p className="font-bold">{title}</p>
      {children && <div className="mt-1 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>}
    </div>
  );
}
