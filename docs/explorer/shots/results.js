// Written by npm run test:paths; read by the explorer page.
window.__EXPLORER_SHOTS__ = {
 "finishedAt": "2026-11-30T01:56:13.349Z",
 "browser": "Chromium 156.0.8078.108",
 "durationMs": 431726,
 "paths": {
  "S1": {
   "status": "passed",
   "error": null,
   "durationMs": 691,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    }
   ]
  },
  "S5": {
   "status": "passed",
   "error": null,
   "durationMs": 10776,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S5/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S5/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S5/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S4": {
   "status": "passed",
   "error": null,
   "durationMs": 11955,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S4/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S4/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    }
   ]
  },
  "S2": {
   "status": "passed",
   "error": null,
   "durationMs": 14182,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S2/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S2/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S2/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S2/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S6": {
   "status": "passed",
   "error": null,
   "durationMs": 14248,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S6/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S6/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S6/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S6/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S7": {
   "status": "passed",
   "error": null,
   "durationMs": 9439,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S7/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/2.jpg",
     "played": "posted by the panel's embed before its SDK session",
     "seen": []
    }
   ]
  },
  "S3": {
   "status": "passed",
   "error": null,
   "durationMs": 19020,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S3/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/4.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S8": {
   "status": "passed",
   "error": null,
   "durationMs": 14651,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S8/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S8/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S8/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S8/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S11": {
   "status": "passed",
   "error": null,
   "durationMs": 12268,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S11/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S11/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S11/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S11/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S11/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  },
  "S13": {
   "status": "passed",
   "error": null,
   "durationMs": 9179,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S13/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S13/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S13/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S13/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": [
      "toast \"Ticket created successfully\""
     ]
    }
   ]
  },
  "S9": {
   "status": "passed",
   "error": null,
   "durationMs": 18172,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S9/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S9/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S9/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S9/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S9/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S9/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    }
   ]
  },
  "S12": {
   "status": "passed",
   "error": null,
   "durationMs": 14608,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S12/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S12/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  },
  "S10": {
   "status": "passed",
   "error": null,
   "durationMs": 18201,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S10/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/1.jpg",
     "played": "the agent uses the panel.open control",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S10/7.jpg",
     "played": "the page clock runs 2000 ms (associateBackoff)",
     "seen": []
    }
   ]
  }
 }
};
