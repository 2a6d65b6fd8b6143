// Written by npm run test:paths; read by the explorer page.
window.__EXPLORER_SHOTS__ = {
 "finishedAt": "2026-11-30T08:10:09.600Z",
 "browser": "Chromium 156.0.8078.108",
 "durationMs": 249133,
 "paths": {
  "S1": {
   "status": "passed",
   "error": null,
   "durationMs": 126,
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
   "durationMs": 1837,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S2/1.jpg",
     "played": "the agent uses the panel.prepare control",
     "seen": []
    }
   ]
  },
  "S3": {
   "status": "passed",
   "error": null,
   "durationMs": 3473,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S2/1.jpg",
     "played": "the agent uses the panel.prepare control",
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
   "durationMs": 3445,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S4/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S5": {
   "status": "passed",
   "error": null,
   "durationMs": 3161,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S5/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S5/3.jpg",
     "played": "the agent uses the panel.close control",
     "seen": []
    }
   ]
  },
  "S6": {
   "status": "passed",
   "error": null,
   "durationMs": 3268,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S8": {
   "status": "passed",
   "error": null,
   "durationMs": 1880,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
  "S7": {
   "status": "passed",
   "error": null,
   "durationMs": 3627,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S5/2.jpg",
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
     "played": "the agent uses the panel.close control",
     "seen": []
    }
   ]
  },
  "S9": {
   "status": "passed",
   "error": null,
   "durationMs": 2599,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S10": {
   "status": "passed",
   "error": null,
   "durationMs": 2351,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S5/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S11": {
   "status": "passed",
   "error": null,
   "durationMs": 2438,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
  "S13": {
   "status": "passed",
   "error": null,
   "durationMs": 2485,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S13/2.jpg",
     "played": "posted by the panel's embed before its SDK session",
     "seen": []
    }
   ]
  },
  "S12": {
   "status": "passed",
   "error": null,
   "durationMs": 3514,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S5/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S7/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S14": {
   "status": "passed",
   "error": null,
   "durationMs": 3031,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S14/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S17": {
   "status": "passed",
   "error": null,
   "durationMs": 2068,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S14/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S17/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  },
  "S15": {
   "status": "passed",
   "error": null,
   "durationMs": 3403,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S14/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S17/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    }
   ]
  },
  "S16": {
   "status": "passed",
   "error": null,
   "durationMs": 3993,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S14/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S17/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S16/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S16/7.jpg",
     "played": "the page clock runs 2000 ms (associateBackoff)",
     "seen": []
    }
   ]
  },
  "S19": {
   "status": "passed",
   "error": null,
   "durationMs": 2582,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "shot": "shots/S5/2.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S19/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": [
      "toast \"Ticket created successfully\""
     ]
    }
   ]
  },
  "S20": {
   "status": "passed",
   "error": null,
   "durationMs": 1961,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S20/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": [
      "toast \"Ticket created successfully\""
     ]
    }
   ]
  },
  "S18": {
   "status": "passed",
   "error": null,
   "durationMs": 3214,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
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
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S14/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S17/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/5.jpg",
     "played": "the page clock runs 1000 ms (associateBackoff)",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S16/6.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  }
 }
};
