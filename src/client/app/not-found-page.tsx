import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`}</h1>
      <p className="mt-4">
        There is no {what} at this address. Check the link, or go to the{' '}
        <Link to="/">overview</Link>.
      </p>
    </div>
  );
}
