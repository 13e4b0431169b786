import {LitElement,html,svg,css,nothing} from 'lit'; console.log(LitElement,html,svg,css,nothing)
