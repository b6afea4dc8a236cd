import { useLayoutEffect, useRef, type CSSProperties } from 'react';

/** Average width of a share link's character in ems, for where nothing is laid out to measure it (tests). */
const ESTIMATED_EM = 0.6;

/** The width of `text` in ems in the page's font, or 0 where nothing is laid out (the sheet itself is hidden until the print's layout). */
function widthInEms(text: string): number {
  const probe = document.createElement('span');
  probe.textContent = text;
  probe.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;white-space:nowrap;font-size:100px';
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width / 100;
  probe.remove();
  return width;
}

/**
 * While printing, a base URL that differs from the page's by an empty query. Chromium prints a link to the page
 * itself with another fragment (the share link is one) as an in-document link, dropped when no element has that id:
 * against another base it is printed as a link to its address. Relative paths resolve as before (a base's query
 * does not count for them). A page that has its own <base> keeps it.
 */
function useBaseApartFromPage(): void {
  useLayoutEffect(() => {
    if (document.querySelector('base')) return;
    const base = document.createElement('base');
    const page = document.URL.split('#')[0] ?? '';
    base.href = `${page}${page.includes('?') ? '&' : '?'}`;
    document.head.append(base);
    return () => base.remove();
  }, []);
}

/**
 * The configuration's link on the print sheet: a real link (Chromium keeps it clickable in a PDF printed from the
 * page), on a line of its own at a size that keeps it whole (print.css sets it from its width in ems, between 7 and
 * 9 pt), cut only where even 7 pt does not hold it.
 */
export function DevisPrintLink({ href }: { href: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  useBaseApartFromPage();
  useLayoutEffect(() => {
    const ems = widthInEms(href);
    if (ems > 0) link.current?.style.setProperty('--link-ems', String(ems));
  }, [href]);
  return (
    <a ref={link} className="devis-print-link" href={href} style={{ '--link-ems': href.length * ESTIMATED_EM } as CSSProperties}>
      {href}
    </a>
  );
}
