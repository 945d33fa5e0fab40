export const helpText = `revisit — the Revisit Ready library from the command line

Usage: revisit <command> [options]

Commands:
  init [--name <local area>]                      create the library, or keep an existing one
  area add --code <C> --title <t> --weakness <text> [--workstream <w>]… [--lead <name>]
                                                  add an area of concern (weakness kept verbatim)
  area list                                       list the areas of concern
  evidence list [--area <C>]                      list evidence items
  evidence set <id> [--title <t>] [--date <YYYY-MM-DD>] [--personal-data true|false]
                                                  edit an evidence item
  link <evidence-id> <area-code> [--stance supports|counters] [--note <text>] [--strength activity|impact]
                                                  link an item to an area, saying why
  import <path>… [--area <C>]… [--kind document|data|feedback] [--personal-data true|false]
                                                  import files and folders (recursively); exit 1 if any file failed.
                                                  --kind data: each CSV/XLSX becomes data series (one per value column;
                                                    a column named as a series already in the library adds to it);
                                                  --kind feedback: a survey export becomes feedback items (one per answer)
  search <query> [--limit <n>] [--area <C>]… [--kind <k>]… [--source <org>] [--from <date>] [--to <date>]
                                                  full-text search: words, "a phrase", prefix*, OR, -word
  judge <area-code> sufficient|not-sufficient [--rationale <text>]
                                                  record the judgement (kept in history)
  export --format pdf|docx|html|zip --out <path> [--include-personal-data] [--area <C>]… [--draft] [--as-at <date>]
                                                  write the evidence pack (pdf, docx, html or zip)
  check                                           check the database and every stored file
  backup <file>                                   write a one-file backup of the library
  restore <file>                                  restore a backup into an empty library folder
  merge <file>                                    add the evidence in a colleague's backup to this library
                                                  (items, files, links by area code; not their findings or judgements)
  serve [--port <n>]                              serve the app to a browser on 127.0.0.1

Global options:
  --library <folder>   the library to use (default: $REVISIT_LIBRARY, else the app's own)
  --json               print exactly one JSON document on stdout
  --version, --help

Exit codes: 0 done; 1 not done, for a reason you can fix; 2 the command line is wrong.
`;
