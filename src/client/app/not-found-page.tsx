import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  const heading = `${what.charAt(0).toUpperCase()}${what.slice(1)} not found`;
  return (
    <div className="max-w-3xl">
      {/* a tab or a history list names the page, as every view's does */}
      <title>{`${heading} – Social media crime dashboard`}</title>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-4">
        There is no {what} at this address. Check the link, or go to the{' '}
        <Link to="/">overview</Link>.
      </p>
    </div>
  );
}
