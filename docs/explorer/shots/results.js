// Written by npm run test:paths; read by the explorer page.
window.__EXPLORER_SHOTS__ = {
 "finishedAt": "2026-11-30T05:59:57.824Z",
 "browser": "Chromium 156.0.8078.108",
 "durationMs": 993276,
 "paths": {
  "S1": {
   "status": "passed",
   "error": null,
   "durationMs": 2427,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    }
   ]
  },
  "S3": {
   "status": "passed",
   "error": null,
   "durationMs": 5779,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/1.jpg",
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
  "S2": {
   "status": "passed",
   "error": null,
   "durationMs": 5730,
   "steps": [
    {
     "status": "passed",
     "shot": "shots/S1/0.jpg",
     "played": "the customer page opens",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S3/1.jpg",
     "played": "the agent uses the panel.prepare control",
     "seen": []
    }
   ]
  },
  "S4": {
   "status": "passed",
   "error": null,
   "durationMs": 10827,
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
   "durationMs": 11401,
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
   "durationMs": 13699,
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
  "S7": {
   "status": "passed",
   "error": null,
   "durationMs": 10703,
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
  "S8": {
   "status": "passed",
   "error": null,
   "durationMs": 5894,
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
  "S9": {
   "status": "passed",
   "error": null,
   "durationMs": 8255,
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
   "durationMs": 6661,
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
  "S12": {
   "status": "passed",
   "error": null,
   "durationMs": 6446,
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
  "S13": {
   "status": "passed",
   "error": null,
   "durationMs": 5822,
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
  "S11": {
   "status": "passed",
   "error": null,
   "durationMs": 16382,
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
  "S15": {
   "status": "passed",
   "error": null,
   "durationMs": 8259,
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
     "shot": "shots/S15/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/4.jpg",
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
  "S14": {
   "status": "passed",
   "error": null,
   "durationMs": 19890,
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
     "shot": "shots/S15/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    }
   ]
  },
  "S17": {
   "status": "passed",
   "error": null,
   "durationMs": 8864,
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
     "shot": "shots/S15/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/4.jpg",
     "played": "the API answers POST /v1/leads/:contactId/tickets/:ticketId with HTTP 503",
     "seen": []
    }
   ]
  },
  "S16": {
   "status": "passed",
   "error": null,
   "durationMs": 26169,
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
     "shot": "shots/S15/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/4.jpg",
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
   "durationMs": 12645,
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
  "S18": {
   "status": "passed",
   "error": null,
   "durationMs": 15287,
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
     "shot": "shots/S15/3.jpg",
     "played": "sent by the panel's embed through the child SDK",
     "seen": []
    },
    {
     "status": "passed",
     "shot": "shots/S15/4.jpg",
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
  },
  "S20": {
   "status": "passed",
   "error": null,
   "durationMs": 7219,
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
  }
 }
};
