import { GUIDE_SECTIONS } from './guide-parts.tsx';
import { GuideReading } from './guide-reading.tsx';
import { GuideSharing } from './guide-sharing.tsx';

/**
 * A guide for a reader who has never seen the dashboard: how to read a figure, and how to share,
 * keep, present, print, embed and cite it. Each part has a live example that opens the view it
 * describes. Written for a reading age of 12 to 14 (guide-page.test.tsx measures it).
 */
export function GuidePage() {
  return (
    <>
      <title>How to use this dashboard – Social media crime dashboard</title>
      <h1 className="text-3xl font-bold sm:text-4xl">How to use this dashboard</h1>
      <div className="mt-4 max-w-3xl space-y-3 text-lg">
        <p>
          This dashboard shows how many crimes each police force in England and Wales recorded where
          a social media platform, such as TikTok, was named. This guide tells you how to read its
          figures, and how to share them. Each part has an example that opens the page it describes.
        </p>
      </div>
      <nav
        aria-labelledby="guide-contents"
        className="mt-6 max-w-3xl border-l-4 border-border pl-4"
      >
        <h2 id="guide-contents" className="text-lg font-bold">
          Contents
        </h2>
        <ul className="mt-2 space-y-1">
          {GUIDE_SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <GuideReading />
      <GuideSharing />
    </>
  );
}
