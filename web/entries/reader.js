// offercheck-reader.js (beside offercheck-widget.js, and in assets/ for the
// hosted pages): the guide reader module (its glue and its bytes), loaded only
// when a guide file is opened or a letter read; it hands both to the page's
// OfferCheck. The single files (offercheck.html, offercheck-widget-inline.js)
// carry the reader inline instead (offercheck:reader).
import createOfferCheckReader from "offercheck:reader-glue";
import { READER_DEFLATE } from "offercheck:reader-wasm";

if (globalThis.OfferCheck) globalThis.OfferCheck.provideReader(createOfferCheckReader, READER_DEFLATE());
