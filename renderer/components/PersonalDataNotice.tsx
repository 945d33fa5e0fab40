import { Button } from './Button.tsx';

/** "Possible personal data — review": why an item was flagged, and the two answers a person can give. */
export function PersonalDataNotice(props: { reason: string; busy: boolean; onDecide: (personalData: boolean) => void }) {
  return (
    <div className="notice notice-warning review-notice" role="region" aria-label="Possible personal data">
      <p>
        <strong>Possible personal data — review:</strong> {props.reason}
      </p>
      <p>Items holding personal data are left out of exports unless you include them on purpose.</p>
      <div className="review-notice-actions">
        <Button variant="secondary" size="small" isDisabled={props.busy} onPress={() => props.onDecide(true)}>
          It is personal data
        </Button>
        <Button variant="secondary" size="small" isDisabled={props.busy} onPress={() => props.onDecide(false)}>
          It is not personal data
        </Button>
      </div>
    </div>
  );
}
