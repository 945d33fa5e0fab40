import { Tooltip, TooltipTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { pickAndImport } from './pick.ts';

/** "Import files…" and "Import a folder…" in the header (dragging onto the window works too). */
export function ImportButtons() {
  return (
    <>
      <TooltipTrigger delay={600}>
        <Button variant="secondary" onPress={() => pickAndImport()}>
          Import files…
        </Button>
        <Tooltip className="tooltip" placement="bottom">
          Import documents as evidence items (or drag files onto the window)
        </Tooltip>
      </TooltipTrigger>
      <TooltipTrigger delay={600}>
        <Button variant="secondary" onPress={() => pickAndImport({ directory: true })}>
          Import a folder…
        </Button>
        <Tooltip className="tooltip" placement="bottom">
          Import every file in a folder and the folders inside it
        </Tooltip>
      </TooltipTrigger>
    </>
  );
}
