// The output formats by name, apart from their writers: the command line checks `--format` and
// the `-o` extension without loading the XML, SVG and HTML writers a JSON run never uses.

export const OUTPUT_FORMATS = ['json', 'gexf', 'csv', 'html', 'svg'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
