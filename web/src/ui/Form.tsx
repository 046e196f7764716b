// The app's form fields, one way everywhere: a label tied to its control, a hint and an error the
// control is described by (aria-describedby) and marked invalid by (aria-invalid), and a form's
// own error announced as an alert. Ids come from useId unless a field needs a known one.
import {
  type ComponentProps,
  createContext,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  useContext,
  useId,
} from 'react';

/** What a control inside a Field takes: its id, what describes it, whether it is invalid. */
export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

const FieldContext = createContext<FieldControl | null>(null);

/** The id and descriptions of the field around; for a control of its own (a tags box, say). */
export function useFieldControl(): FieldControl {
  const control = useContext(FieldContext);
  if (!control) throw new Error('useFieldControl outside a <Field>');
  return control;
}

function useControl(id: string | undefined, hint: ReactNode, error: ReactNode): FieldControl {
  const generated = useId();
  const controlId = id ?? generated;
  const describedBy = [hint ? `${controlId}-hint` : '', error ? `${controlId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id: controlId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
  };
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control, and read with it. */
  hint?: ReactNode;
  /** What is wrong with the value: shown under the control, read with it, and marks it invalid. */
  error?: ReactNode;
  /** A fixed id for the control, where something else names it; else one from useId. */
  id?: string;
  /** More classes for the field's box. */
  className?: string;
  /** The label for screen readers only (what the place and placeholder say already). */
  hideLabel?: boolean;
  /** The control: Input, Select, Textarea, or one that calls useFieldControl. */
  children: ReactNode;
}

/** A labelled control with its hint and error. */
export function Field({ label, hint, error, id, className, hideLabel, children }: FieldProps) {
  const control = useControl(id, hint, error);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={control.id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <FieldContext.Provider value={control}>{children}</FieldContext.Provider>
      <FieldNotes id={control.id} hint={hint} error={error} />
    </div>
  );
}

/** A checkbox with its label after it (the checkbox's own layout), and its hint and error. */
export function CheckboxField({
  label,
  hint,
  error,
  id,
  ...input
}: Omit<FieldProps, 'children' | 'className'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'>) {
  const control = useControl(id, hint, error);
  return (
    <div className="field field-checkbox">
      <input {...control} {...input} type="checkbox" />
      <label htmlFor={control.id}>{label}</label>
      <FieldNotes id={control.id} hint={hint} error={error} />
    </div>
  );
}

function FieldNotes({ id, hint, error }: { id: string; hint: ReactNode; error: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function Input(props: Omit<ComponentProps<'input'>, 'id'>) {
  return <input {...useFieldControl()} {...props} />;
}

export function Select(props: Omit<ComponentProps<'select'>, 'id'>) {
  return <select {...useFieldControl()} {...props} />;
}

export function Textarea(props: Omit<ComponentProps<'textarea'>, 'id'>) {
  return <textarea {...useFieldControl()} {...props} />;
}

/** A form's own problem (not one field's), announced when it appears. */
export function FormError({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="alert" className="notice notice-error">
      {children}
    </p>
  );
}

/** A form that stays on the page: the browser's submit is stopped and `onSubmit` runs instead. */
export function Form({
  onSubmit,
  className = 'stack',
  children,
}: {
  onSubmit: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
