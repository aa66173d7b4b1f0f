// assets/offercheck-reader.js: the guide reader module (its glue and its
// bytes) for the hosted pages, which load this file only when a guide file is
// opened; it hands both to the page's OfferCheck. The single files carry the
// reader inline instead (offercheck:reader).
import createOfferCheckReader from "offercheck:reader-glue";
import { READER_DEFLATE } from "offercheck:reader-wasm";

if (globalThis.OfferCheck) globalThis.OfferCheck.provideReader(createOfferCheckReader, READER_DEFLATE());
