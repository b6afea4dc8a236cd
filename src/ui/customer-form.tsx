import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef } from 'react';
import { useForm, useWatch, type RegisterOptions } from 'react-hook-form';
import { CUSTOMER_FIELDS, sameCustomerDetails, type CustomerDetails } from '../domain/customer';
import { customerSchema } from '../domain/customer-schema';
import { companyIdRequired } from '../domain/devis-customer';
import { CUSTOMER_TEXT_MAX_LENGTH } from '../domain/draft-details';
import { formatNumber } from '../domain/locale-format';
import { customerMessages, formatMessage, type CustomerLabelKey } from './customer-messages';
import { CustomerSectorField } from './customer-sector-field';
import { CustomerTextField } from './customer-text-field';
import { fill } from './messages';
import './customer-form.css';

type TextFieldName = Exclude<keyof CustomerDetails, 'sector'>;

interface TextFieldSpec {
  required?: boolean;
  hint?: CustomerLabelKey;
  multiline?: boolean;
  attrs?: { type?: 'email' | 'tel'; autoComplete?: string; inputMode?: 'numeric'; spellCheck?: boolean };
}

const TEXT_FIELDS: Record<TextFieldName, TextFieldSpec> = {
  company: { required: true, attrs: { autoComplete: 'organization' } },
  siret: { hint: 'customer.hint.siret', attrs: { inputMode: 'numeric', spellCheck: false } },
  vatNumber: { hint: 'customer.hint.vatNumber', attrs: { spellCheck: false } },
  contactName: { required: true, attrs: { autoComplete: 'name' } },
  email: { required: true, attrs: { type: 'email', autoComplete: 'email', spellCheck: false } },
  phone: { hint: 'customer.hint.phone', attrs: { type: 'tel', autoComplete: 'tel' } },
  address: { required: true, multiline: true, attrs: { autoComplete: 'street-address' } },
  reference: { hint: 'customer.hint.reference' },
};

/** The form's values as details: a radio group left without a choice reads as null, the details say ''. */
const asDetails = (values: CustomerDetails): CustomerDetails => ({ ...values, sector: values.sector ?? '' });

export interface CustomerFormProps {
  lang: 'fr' | 'en';
  /** Read at mount, and again whenever it changes to something the form does not hold (a restored draft). */
  value: CustomerDetails;
  /** Called with the raw values on every keystroke, valid or not, so the draft can be saved. */
  onChange: (next: CustomerDetails) => void;
}

/**
 * The customer and quote details: validated on leaving a field, then again on each change; an empty
 * field the user never typed in is not checked on leaving, so tabbing past the form on the way to the
 * quote does not mark it red.
 */
export function CustomerForm({ lang, value, onChange }: CustomerFormProps) {
  const id = useId();
  const { register, formState, subscribe, getValues, getFieldState, trigger, reset, control } = useForm<CustomerDetails>({
    resolver: zodResolver(customerSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: value,
  });
  // No react-hook-form mode skips the blur of an untouched empty field (onTouched validates every first blur).
  const typedIn = useRef(new Set<keyof CustomerDetails>());
  const field = <N extends keyof CustomerDetails>(name: N, options?: RegisterOptions<CustomerDetails, N>) => {
    const registered = register(name, options);
    return {
      ...registered,
      onChange: async (event: { target: unknown; type?: unknown }) => {
        typedIn.current.add(name);
        await registered.onChange(event);
        // A field refused as it was restored (below) is checked again as it is corrected, not only when left.
        const state = getFieldState(name);
        if (state.invalid && !state.isTouched) await trigger(name);
        // A VAT number of another member state stands for the SIREN: once the SIREN was typed in or refused, its verdict follows.
        if (name === 'vatNumber' && (typedIn.current.has('siret') || getFieldState('siret').invalid)) await trigger('siret');
      },
      onBlur: async (event: { target: unknown; type?: unknown }) => {
        if (!typedIn.current.has(name) && (getValues(name) ?? '').trim() === '') return;
        return registered.onBlur(event);
      },
    };
  };

  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => onChange(asDetails(values)) }),
    [subscribe, onChange],
  );

  // What a reload or a restored draft puts back says at once what is wrong with it, as it did when it was typed:
  // its filled fields are checked (an empty one waits to be typed in, as on a first visit). Typing checks as before.
  // Those errors are shown and linked to their fields, not announced: a screen reader reads each with its field,
  // not three alerts at once into whatever the user is doing as the form arrives.
  const putBack = useRef<CustomerDetails | null>(value);
  useEffect(() => {
    if (!sameCustomerDetails(value, asDetails(getValues()))) {
      typedIn.current.clear();
      reset(value);
      putBack.current = value;
    }
    const details = putBack.current;
    putBack.current = null;
    const filled = details === null ? [] : CUSTOMER_FIELDS.filter((name) => details[name].trim() !== '');
    if (filled.length > 0) void trigger(filled);
  }, [value, getValues, reset, trigger]);

  // Required of a French company only: not when the VAT number is one of another member state.
  const siretRequired = companyIdRequired({ vatNumber: useWatch({ control, name: 'vatNumber' }) ?? '' });
  const text = (key: CustomerLabelKey) => customerMessages[lang][key];
  const n = (count: number) => formatNumber(count, lang);
  const pasteCut = (pasted: number, kept: number) =>
    fill(text(kept > 0 ? 'customer.pasteCut' : 'customer.pasteFull'), { pasted: n(pasted), kept: n(kept) });
  const errorOf = (name: keyof CustomerDetails) => {
    const message = formState.errors[name]?.message;
    return message === undefined ? undefined : formatMessage(lang, message);
  };

  return (
    <form className="customer-form" noValidate aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 className="customer-title" id={`${id}-title`}>{text('customer.title')}</h2>
      {CUSTOMER_FIELDS.map((name) =>
        name === 'sector' ? (
          <CustomerSectorField
            key={name}
            id={`${id}-sector`}
            legend={text('customer.field.sector')}
            options={[
              { value: 'public', label: text('customer.sector.public') },
              { value: 'private', label: text('customer.sector.private') },
            ]}
            error={errorOf('sector')}
            control={field('sector')}
          />
        ) : (
          <CustomerTextField
            key={name}
            id={`${id}-${name}`}
            label={text(`customer.field.${name}`)}
            hint={TEXT_FIELDS[name].hint && text(TEXT_FIELDS[name].hint)}
            error={errorOf(name)}
            // Neither typed in nor left: the error is about what a reload put back (above).
            quiet={!formState.dirtyFields[name] && !formState.touchedFields[name]}
            required={name === 'siret' ? siretRequired : TEXT_FIELDS[name].required}
            multiline={TEXT_FIELDS[name].multiline}
            pasteCut={pasteCut}
            // A changed SIREN / SIRET re-checks the VAT number that must match it.
            control={{ ...field(name, name === 'siret' ? { deps: ['vatNumber'] } : {}), ...TEXT_FIELDS[name].attrs, maxLength: CUSTOMER_TEXT_MAX_LENGTH }}
          />
        ),
      )}
    </form>
  );
}
