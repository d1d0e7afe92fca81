import { useEffect } from 'react';

/**
 * The page's title, kept in front of the titles the pack's views set: each chart is drawn by its view,
 * and every view names the page after itself (React puts the newest <title> first).
 */
export function usePageTitle(text: string): void {
  useEffect(() => {
    const head = document.head;
    const own = document.createElement('title');
    own.text = text;
    head.prepend(own);
    const keepFirst = () => {
      if (head.querySelector('title') !== own) head.prepend(own);
    };
    const observer = new MutationObserver(keepFirst);
    observer.observe(head, { childList: true });
    return () => {
      observer.disconnect();
      own.remove();
    };
  }, [text]);
}
