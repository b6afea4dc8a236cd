import type { Catalog } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { useConfigurator } from './store-context';
import './qualification-notes.css';

/**
 * What each qualification means, as text anyone can reach (a `title` reaches neither touch nor keyboard):
 * the toggles' « Qu'est-ce que c'est ? » and a card's badges open onto it. With `idPrefix`, each
 * explanation has the id `idPrefix + qualification id`, for the toggles' aria-describedby.
 */
export function QualificationNotes({ qualifications, idPrefix }: { qualifications: Catalog['qualifications']; idPrefix?: string }) {
  const lang = useConfigurator((s) => s.lang);
  return (
    <dl className="qualification-notes">
      {qualifications.map((q) => (
        <div key={q.id}>
          <dt>{localise(q.name, lang)}</dt>
          <dd id={idPrefix && idPrefix + q.id}>{localise(q.description, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
