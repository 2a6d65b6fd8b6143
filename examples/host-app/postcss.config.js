import pixel3 from '@mekari/pixel3-postcss'

// pixel3's styles are generated from the files that use its components: the app's own, pixel3's,
// and the templates ticket-embed ships for exactly this (its compiled JavaScript says nothing the
// extractor can read).
export default {
  plugins: [
    pixel3({
      include: [
        './src/**/*.{ts,vue}',
        './node_modules/@mekari/**/dist/**/*.{js,mjs}',
        './node_modules/ticket-embed/dist/pixel3-templates/*.vue',
      ],
    }),
  ],
}
