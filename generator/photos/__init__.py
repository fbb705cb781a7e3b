"""Photos of fulfilment: where they live, cleaning them for the site, and the face check."""
