// Written by npm run test:paths; read by the explorer page.
window.__EXPLORER_SHOTS__ = {
 "finishedAt": "2026-11-29T23:05:07.549Z",
 "browser": "Chromium 156.0.8078.108",
 "durationMs": 943509,
 "paths": {
  "S1": {
   "status": "passed",
   "error": null,
   "durationMs": 2213,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    }
   ]
  },
  "S2": {
   "status": "passed",
   "error": null,
   "durationMs": 7050,
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
    }
   ]
  },
  "S3": {
   "status": "passed",
   "error": null,
   "durationMs": 11077,
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
    }
   ]
  },
  "S4": {
   "status": "passed",
   "error": null,
   "durationMs": 11796,
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
    },
    {
     "status": "passed",
     "shot": "shots/S4/2.jpg",
     "played": "posted by the panel's embed before its SDK session",
     "seen": []
    }
   ]
  },
  "S5": {
   "status": "passed",
   "error": null,
   "durationMs": 17103,
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
    },
    {
     "status": "passed",
     "shot": "shots/S5/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S6": {
   "status": "passed",
   "error": null,
   "durationMs": 22707,
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
    },
    {
     "status": "passed",
     "shot": "shots/S6/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S6/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    }
   ]
  },
  "S7": {
   "status": "passed",
   "error": null,
   "durationMs": 22447,
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/7.jpg",
     "played": "the page clock runs 2000 ms (associateBackoff)",
     "seen": []
    }
   ]
  },
  "S8": {
   "status": "passed",
   "error": null,
   "durationMs": 16366,
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
    },
    {
     "status": "passed",
     "shot": "shots/S8/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  },
  "S10": {
   "status": "passed",
   "error": null,
   "durationMs": 8354,
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
     "seen": [
      "toast \"Ticket created successfully\""
     ]
    }
   ]
  },
  "S9": {
   "status": "passed",
   "error": null,
   "durationMs": 15975,
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
    },
    {
     "status": "passed",
     "shot": "shots/S9/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  }
 }
};
