// embed.html's script (assets/offercheck-embed.js): the calculator without the page's panels.
import { OfferCheck } from "../api/offercheck-api.js";
import { BANDS, INDEX } from "offercheck:index";
import { startEmbed } from "../page/embed-frame.js";

startEmbed(OfferCheck, INDEX, BANDS);
