/** A labelled file chooser for JSON files (datasets, backups). */
export function JsonFileField(props: {
  id: string;
  label: string;
  disabled?: boolean;
  onFile: (event: Event) => void;
}) {
  return (
    <div class="field file-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={props.id}
        type="file"
        accept=".json,application/json"
        disabled={props.disabled}
        onChange={props.onFile}
      />
    </div>
  );
}
